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
ry(pi*-0.015391607179) q[0];
ry(pi*-0.516994245533) q[1];
ry(pi*0.074094840754) q[2];
ry(pi*-0.001275551168) q[3];
ry(pi*0.060682331876) q[4];
ry(pi*0.013311607062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01167051419) q[0];
ry(pi*-0.042716681345) q[1];
ry(pi*-0.067135907261) q[2];
ry(pi*-0.08302076912) q[3];
ry(pi*0.017658110591) q[4];
ry(pi*0.044653362511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016110016199) q[0];
ry(pi*-0.018861348021) q[1];
ry(pi*-0.529226621045) q[2];
ry(pi*-0.032831151717) q[3];
ry(pi*0.021734143372) q[4];
ry(pi*0.017205722024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.067977984208) q[0];
ry(pi*-0.043237710942) q[1];
ry(pi*-0.152281837567) q[2];
ry(pi*0.122005990056) q[3];
ry(pi*0.139670405528) q[4];
ry(pi*-0.20488461535) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.081294182676) q[0];
ry(pi*-0.012939163725) q[1];
ry(pi*0.023997312324) q[2];
ry(pi*-0.022699991411) q[3];
ry(pi*-0.148636878657) q[4];
ry(pi*0.002712457847) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
