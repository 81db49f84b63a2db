// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004851281189) q[0];
rz(pi*-0.002938579797) q[1];
rz(pi*-0.001442804091) q[2];
rz(pi*-0.002491547177) q[3];
rz(pi*-0.004460122125) q[4];
rz(pi*0.001981735958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00335144576) q[0];
rz(pi*-0.00217785147) q[1];
rz(pi*0.003000977014) q[2];
rz(pi*0.00275404522) q[3];
rz(pi*-0.00197813247) q[4];
rz(pi*-0.004163623139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331964017) q[0];
rz(pi*-0.005086249776) q[1];
rz(pi*-0.003216298135) q[2];
rz(pi*-0.00123427514) q[3];
rz(pi*-0.000503385757) q[4];
rz(pi*-0.001767333978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462739498) q[0];
rz(pi*0.004399250139) q[1];
rz(pi*0.001996135977) q[2];
rz(pi*0.004390196581) q[3];
rz(pi*0.002852181461) q[4];
rz(pi*0.000738413041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863828527) q[0];
rz(pi*-0.004252974405) q[1];
rz(pi*-6.5482201e-05) q[2];
rz(pi*-0.001300638032) q[3];
rz(pi*-0.002974740076) q[4];
rz(pi*0.001304130351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
