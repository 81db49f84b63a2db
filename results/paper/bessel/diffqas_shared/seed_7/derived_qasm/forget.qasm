// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.077633353062) q[0];
ry(pi*0.098320269538) q[1];
ry(pi*-0.01400495664) q[2];
ry(pi*0.293259104929) q[3];
ry(pi*-0.108314477437) q[4];
ry(pi*-0.158864365975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222534621021) q[0];
ry(pi*0.145849288729) q[1];
ry(pi*0.010262705481) q[2];
ry(pi*-0.071001950856) q[3];
ry(pi*-0.039556160717) q[4];
ry(pi*0.094714641135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.144826325605) q[0];
ry(pi*-0.200483203504) q[1];
ry(pi*-0.242900670388) q[2];
ry(pi*0.379858390397) q[3];
ry(pi*-0.178889617361) q[4];
ry(pi*0.222526197121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.156744882384) q[0];
ry(pi*-0.27543766151) q[1];
ry(pi*-0.143014105664) q[2];
ry(pi*0.028681256843) q[3];
ry(pi*0.151372094315) q[4];
ry(pi*-0.133784404634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03899705993) q[0];
ry(pi*0.025764237202) q[1];
ry(pi*-0.141844435768) q[2];
ry(pi*-0.140813143608) q[3];
ry(pi*-0.084262810562) q[4];
ry(pi*0.000360694612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
