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
rx(pi*-0.001898300928) q[0];
rx(pi*-0.001022552838) q[1];
rx(pi*0.00071498733) q[2];
rx(pi*0.001831399314) q[3];
rx(pi*-0.003975999858) q[4];
rx(pi*-0.005506804444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.4047906e-05) q[0];
rx(pi*0.003862896194) q[1];
rx(pi*0.002409786048) q[2];
rx(pi*0.000686437421) q[3];
rx(pi*-0.001009533309) q[4];
rx(pi*0.000933393375) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000774561239) q[0];
rx(pi*0.00260124879) q[1];
rx(pi*-0.002528801353) q[2];
rx(pi*0.000427297813) q[3];
rx(pi*-0.000352621856) q[4];
rx(pi*0.001729567982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000715051437) q[0];
rx(pi*0.008117014004) q[1];
rx(pi*0.004770368053) q[2];
rx(pi*0.004764264461) q[3];
rx(pi*-0.006491943024) q[4];
rx(pi*-0.001083264964) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001937270507) q[0];
rx(pi*0.001695702517) q[1];
rx(pi*-0.007254367041) q[2];
rx(pi*0.003738544656) q[3];
rx(pi*0.003396317197) q[4];
rx(pi*-0.004144620153) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
