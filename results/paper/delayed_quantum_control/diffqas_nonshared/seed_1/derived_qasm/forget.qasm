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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003621956232) q[0];
rz(pi*5.0986786e-05) q[1];
rz(pi*0.001507516428) q[2];
rz(pi*-0.00425004104) q[3];
rz(pi*0.002028964759) q[4];
rz(pi*-9.7353504e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001542749561) q[0];
rz(pi*0.005094094414) q[1];
rz(pi*-0.007260197603) q[2];
rz(pi*0.000830622596) q[3];
rz(pi*-0.003498609952) q[4];
rz(pi*0.001885012742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004180400977) q[0];
rz(pi*-0.001576913551) q[1];
rz(pi*0.000645325255) q[2];
rz(pi*0.001952861215) q[3];
rz(pi*0.000238077987) q[4];
rz(pi*-0.002523658849) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001761948237) q[0];
rz(pi*0.002815461487) q[1];
rz(pi*-1.7507695e-05) q[2];
rz(pi*-0.005359748456) q[3];
rz(pi*0.002685457255) q[4];
rz(pi*0.001324957389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002780169805) q[0];
rz(pi*-0.001071520388) q[1];
rz(pi*0.002636105581) q[2];
rz(pi*-0.003377474887) q[3];
rz(pi*0.001814362528) q[4];
rz(pi*-0.001560928715) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
