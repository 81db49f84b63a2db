// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01216386492) q[0];
rx(pi*-0.000269485555) q[1];
rx(pi*0.099294282973) q[2];
rx(pi*0.006213398779) q[3];
rx(pi*0.000603411046) q[4];
rx(pi*-0.001630678612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.162937008563) q[0];
rx(pi*0.248287431886) q[1];
rx(pi*0.103130411289) q[2];
rx(pi*0.00049548635) q[3];
rx(pi*1.7580706e-05) q[4];
rx(pi*0.001523090237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011383126866) q[0];
rx(pi*-0.004392133877) q[1];
rx(pi*0.100761986276) q[2];
rx(pi*-0.000903373374) q[3];
rx(pi*0.001448506884) q[4];
rx(pi*-0.004684537714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.358889064571) q[0];
rx(pi*0.251738802365) q[1];
rx(pi*0.105944790736) q[2];
rx(pi*-0.004954126525) q[3];
rx(pi*0.001786240321) q[4];
rx(pi*0.001076326719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014585005713) q[0];
rx(pi*0.004711310336) q[1];
rx(pi*0.100405829856) q[2];
rx(pi*-0.002287099812) q[3];
rx(pi*0.001442898955) q[4];
rx(pi*0.000771947743) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
