// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.000601881257) q[0];
rz(pi*-0.001663962889) q[1];
rz(pi*-0.001314807413) q[2];
rz(pi*-0.007771446749) q[3];
rz(pi*0.005728623138) q[4];
rz(pi*0.003642095211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001035806266) q[0];
rz(pi*0.002463140082) q[1];
rz(pi*0.000895108964) q[2];
rz(pi*-0.001762952904) q[3];
rz(pi*0.003111681515) q[4];
rz(pi*-0.000988496237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00104665475) q[0];
rz(pi*-0.002521509889) q[1];
rz(pi*0.001448040866) q[2];
rz(pi*-0.000315779078) q[3];
rz(pi*0.001735702702) q[4];
rz(pi*-0.001932682067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000403704608) q[0];
rz(pi*-0.002840142067) q[1];
rz(pi*0.00267846224) q[2];
rz(pi*0.000598566103) q[3];
rz(pi*0.001052211541) q[4];
rz(pi*0.00130667433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003217327999) q[0];
rz(pi*0.00249295116) q[1];
rz(pi*0.006546738098) q[2];
rz(pi*-0.005215293512) q[3];
rz(pi*-0.005504882861) q[4];
rz(pi*-0.004790036567) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
