// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.106065305629) q[0];
ry(pi*-0.08140396848) q[1];
ry(pi*0.004817206134) q[2];
ry(pi*0.010611624983) q[3];
ry(pi*0.015393739242) q[4];
ry(pi*0.073976839749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002366904377) q[0];
ry(pi*-0.012760850727) q[1];
ry(pi*-0.020881885174) q[2];
ry(pi*-0.02109270086) q[3];
ry(pi*-0.006710052546) q[4];
ry(pi*0.002930925776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068988686194) q[0];
ry(pi*0.025362105072) q[1];
ry(pi*-0.326105939993) q[2];
ry(pi*-0.032627986791) q[3];
ry(pi*-0.050626884691) q[4];
ry(pi*0.053271970311) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.392184984574) q[0];
ry(pi*-0.284046033512) q[1];
ry(pi*-0.282219489146) q[2];
ry(pi*0.019032749009) q[3];
ry(pi*0.011245515156) q[4];
ry(pi*-0.018726755348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.213170109132) q[0];
ry(pi*-0.353242281566) q[1];
ry(pi*-0.075651255881) q[2];
ry(pi*-0.454694799967) q[3];
ry(pi*-0.51545365842) q[4];
ry(pi*-0.003388551711) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
