// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.000519482132) q[0];
ry(pi*-0.000851370926) q[1];
ry(pi*0.001435000807) q[2];
ry(pi*-0.007189819974) q[3];
ry(pi*-0.499373078439) q[4];
ry(pi*0.002208657728) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000691809154) q[0];
ry(pi*-0.000316399249) q[1];
ry(pi*0.492521070609) q[2];
ry(pi*0.009713410047) q[3];
ry(pi*-0.001069433757) q[4];
ry(pi*-0.258255732498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500251364875) q[0];
ry(pi*-0.01658190638) q[1];
ry(pi*0.005554439085) q[2];
ry(pi*0.500334086055) q[3];
ry(pi*0.000855867096) q[4];
ry(pi*0.070498300296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003946712754) q[0];
ry(pi*-5.0012747e-05) q[1];
ry(pi*0.003714806784) q[2];
ry(pi*0.019909953999) q[3];
ry(pi*0.00395407003) q[4];
ry(pi*0.00024528739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000329368049) q[0];
ry(pi*-0.026744672912) q[1];
ry(pi*-0.01201723404) q[2];
ry(pi*0.001950286702) q[3];
ry(pi*0.13411064103) q[4];
ry(pi*0.000774905787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
