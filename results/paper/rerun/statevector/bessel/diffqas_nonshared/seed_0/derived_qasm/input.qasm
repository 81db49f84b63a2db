// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.133746601434) q[0];
ry(pi*0.076160380079) q[1];
ry(pi*0.12936658136) q[2];
ry(pi*0.037152038479) q[3];
ry(pi*-0.013858547504) q[4];
ry(pi*-0.423676254761) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083794620067) q[0];
ry(pi*-0.189673271805) q[1];
ry(pi*-0.177864975149) q[2];
ry(pi*-0.129956795082) q[3];
ry(pi*-0.253028038516) q[4];
ry(pi*-0.304922962056) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022454358361) q[0];
ry(pi*0.244891101349) q[1];
ry(pi*0.001045893542) q[2];
ry(pi*-0.033722334878) q[3];
ry(pi*0.198301716974) q[4];
ry(pi*-0.110500783045) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.150651993162) q[0];
ry(pi*-0.008244145643) q[1];
ry(pi*-0.249207875768) q[2];
ry(pi*0.035400728173) q[3];
ry(pi*0.048672212617) q[4];
ry(pi*-0.051462662686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.373645878001) q[0];
ry(pi*-0.145696311464) q[1];
ry(pi*-0.140225291994) q[2];
ry(pi*-0.357800408309) q[3];
ry(pi*-0.112840141808) q[4];
ry(pi*-0.003388635606) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
