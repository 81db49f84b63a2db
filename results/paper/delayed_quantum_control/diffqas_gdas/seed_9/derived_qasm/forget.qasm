// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
rz(pi*0.000808401209) q[0];
rz(pi*-0.000359969534) q[1];
rz(pi*0.003866271268) q[2];
rz(pi*0.001783300286) q[3];
rz(pi*0.004269077228) q[4];
rz(pi*0.003841720533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000645336594) q[0];
rz(pi*-0.000354607917) q[1];
rz(pi*-0.00030408136) q[2];
rz(pi*-0.005022436125) q[3];
rz(pi*-0.00064524892) q[4];
rz(pi*-0.000277377384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00092982924) q[0];
rz(pi*-0.001135066716) q[1];
rz(pi*0.00322072086) q[2];
rz(pi*0.003261289338) q[3];
rz(pi*0.00607488527) q[4];
rz(pi*0.005031146988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003018069385) q[0];
rz(pi*0.003039547424) q[1];
rz(pi*-0.001395041829) q[2];
rz(pi*-0.000858448872) q[3];
rz(pi*0.003771603779) q[4];
rz(pi*0.003498552145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006402762216) q[0];
rz(pi*-0.002331950498) q[1];
rz(pi*-0.001586814361) q[2];
rz(pi*0.005407421635) q[3];
rz(pi*0.00204953685) q[4];
rz(pi*-0.003569790069) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
