// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000739950797) q[0];
rx(pi*-0.002423564857) q[1];
rx(pi*0.001783530331) q[2];
rx(pi*-4.100163e-06) q[3];
rx(pi*0.001863714054) q[4];
rx(pi*0.000914928074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000548514735) q[0];
rx(pi*0.00019574534) q[1];
rx(pi*-0.001287731672) q[2];
rx(pi*-0.001580578552) q[3];
rx(pi*0.00637659524) q[4];
rx(pi*-0.005707968931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000697121449) q[0];
rx(pi*0.003092206878) q[1];
rx(pi*0.001231055702) q[2];
rx(pi*0.004380513662) q[3];
rx(pi*0.001643555624) q[4];
rx(pi*-0.004126806522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001156315823) q[0];
rx(pi*-0.004579651918) q[1];
rx(pi*0.003026439331) q[2];
rx(pi*0.00448337471) q[3];
rx(pi*-0.00151836795) q[4];
rx(pi*0.00161276404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001426523695) q[0];
rx(pi*-0.004701134421) q[1];
rx(pi*-0.001546593321) q[2];
rx(pi*-0.005164857427) q[3];
rx(pi*-0.001939277468) q[4];
rx(pi*0.000541970434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
