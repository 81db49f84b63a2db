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
rz(pi*-0.002074714576) q[0];
rz(pi*-0.000556138556) q[1];
rz(pi*0.005295801995) q[2];
rz(pi*0.002098139694) q[3];
rz(pi*-0.005224736012) q[4];
rz(pi*-1.6552608e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001984546444) q[0];
rz(pi*0.000473100694) q[1];
rz(pi*-0.005119030534) q[2];
rz(pi*0.000769585265) q[3];
rz(pi*0.000749236993) q[4];
rz(pi*0.005015372927) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00100790269) q[0];
rz(pi*0.001625113224) q[1];
rz(pi*-0.004752742074) q[2];
rz(pi*0.007170662835) q[3];
rz(pi*-0.006097695256) q[4];
rz(pi*0.003507150357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001050128467) q[0];
rz(pi*-0.002803187602) q[1];
rz(pi*-0.002089015433) q[2];
rz(pi*-0.002139081846) q[3];
rz(pi*0.001210174785) q[4];
rz(pi*-0.000350324301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004719166239) q[0];
rz(pi*-0.005823811785) q[1];
rz(pi*-9.807068e-06) q[2];
rz(pi*-0.002839501441) q[3];
rz(pi*0.002469673377) q[4];
rz(pi*-0.006741994352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
