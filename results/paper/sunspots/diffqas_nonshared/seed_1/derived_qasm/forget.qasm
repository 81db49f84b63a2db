// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.012101663953) q[0];
ry(pi*-0.081315527017) q[1];
ry(pi*0.291625930807) q[2];
ry(pi*0.326335320513) q[3];
ry(pi*0.061603487236) q[4];
ry(pi*0.052311441757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.120617232356) q[0];
ry(pi*0.034047191008) q[1];
ry(pi*0.239679344475) q[2];
ry(pi*-0.308436676984) q[3];
ry(pi*-0.026130852349) q[4];
ry(pi*0.351159756888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.135952629213) q[0];
ry(pi*0.203455929504) q[1];
ry(pi*0.005846256546) q[2];
ry(pi*-0.013133840717) q[3];
ry(pi*-0.016158520029) q[4];
ry(pi*0.069386236406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058232082145) q[0];
ry(pi*-0.007427630323) q[1];
ry(pi*0.211834693313) q[2];
ry(pi*-0.265173253225) q[3];
ry(pi*-0.019604435843) q[4];
ry(pi*0.117054918736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.282739190651) q[0];
ry(pi*0.524630055516) q[1];
ry(pi*-0.034403340313) q[2];
ry(pi*-0.015174462896) q[3];
ry(pi*-0.614500242686) q[4];
ry(pi*0.002989813627) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
