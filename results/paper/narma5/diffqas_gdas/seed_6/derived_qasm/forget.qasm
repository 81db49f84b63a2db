// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002120344924) q[0];
rx(pi*0.003296795946) q[1];
rx(pi*-0.003520979711) q[2];
rx(pi*0.004532057298) q[3];
rx(pi*-0.002867014) q[4];
rx(pi*-0.004814609239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003038491472) q[0];
rx(pi*0.000492900979) q[1];
rx(pi*-0.001024277802) q[2];
rx(pi*0.001402002011) q[3];
rx(pi*0.001577550917) q[4];
rx(pi*0.001012677597) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000810191688) q[0];
rx(pi*0.005774383034) q[1];
rx(pi*-0.007053856521) q[2];
rx(pi*-0.00552060949) q[3];
rx(pi*-0.001613477297) q[4];
rx(pi*-0.003995490206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.008135772122) q[0];
rx(pi*-0.002530790527) q[1];
rx(pi*-0.002384983034) q[2];
rx(pi*-0.007793979851) q[3];
rx(pi*0.002733304746) q[4];
rx(pi*0.004135200184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003928900012) q[0];
rx(pi*-0.001618098347) q[1];
rx(pi*0.000469859281) q[2];
rx(pi*-0.003567653263) q[3];
rx(pi*0.000657110222) q[4];
rx(pi*-0.002145967768) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
