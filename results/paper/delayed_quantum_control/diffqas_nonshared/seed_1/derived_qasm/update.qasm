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
rz(pi*0.003428962774) q[0];
rz(pi*0.000241271708) q[1];
rz(pi*0.002282946707) q[2];
rz(pi*-0.000590645018) q[3];
rz(pi*-0.002470428285) q[4];
rz(pi*-0.00239663408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001115467942) q[0];
rz(pi*0.002527346973) q[1];
rz(pi*0.001614874165) q[2];
rz(pi*0.002137373261) q[3];
rz(pi*0.003872603719) q[4];
rz(pi*0.000978962506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003263243531) q[0];
rz(pi*0.003610043125) q[1];
rz(pi*0.001013792098) q[2];
rz(pi*-0.000141026092) q[3];
rz(pi*-0.001293202641) q[4];
rz(pi*-0.003716448519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004849873055) q[0];
rz(pi*0.004263399337) q[1];
rz(pi*7.2212283e-05) q[2];
rz(pi*-0.001617364487) q[3];
rz(pi*0.005134744712) q[4];
rz(pi*0.003229236659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000304765675) q[0];
rz(pi*0.003339514569) q[1];
rz(pi*-0.000470619933) q[2];
rz(pi*0.001281027029) q[3];
rz(pi*0.005950774448) q[4];
rz(pi*0.003522426087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
