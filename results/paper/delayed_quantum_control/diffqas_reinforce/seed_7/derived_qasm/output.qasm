// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078853628019) q[0];
ry(pi*0.006975597494) q[1];
ry(pi*0.001099099426) q[2];
ry(pi*0.500015078275) q[3];
ry(pi*-0.434239977113) q[4];
ry(pi*0.000527595168) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003616589019) q[0];
ry(pi*-0.004003242649) q[1];
ry(pi*-0.000198973041) q[2];
ry(pi*0.00898618107) q[3];
ry(pi*1.058904e-05) q[4];
ry(pi*-0.017854913717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.469791870653) q[0];
ry(pi*-0.058997513935) q[1];
ry(pi*-0.498462196822) q[2];
ry(pi*0.073629339646) q[3];
ry(pi*-0.504213216103) q[4];
ry(pi*0.49935934217) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.6503339e-05) q[0];
ry(pi*-5.4636191e-05) q[1];
ry(pi*0.009446736813) q[2];
ry(pi*-4.947813e-06) q[3];
ry(pi*0.035110300466) q[4];
ry(pi*-0.022231691823) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052701962566) q[0];
ry(pi*-0.499677818712) q[1];
ry(pi*-0.438295401933) q[2];
ry(pi*-0.172887550682) q[3];
ry(pi*0.000766637226) q[4];
ry(pi*-0.005514656197) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
