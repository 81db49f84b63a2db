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
ry(pi*0.008109952584) q[0];
ry(pi*-0.029877962904) q[1];
ry(pi*0.015944816928) q[2];
ry(pi*-0.482626289395) q[3];
ry(pi*-0.093474885909) q[4];
ry(pi*0.012928916069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020402688114) q[0];
ry(pi*0.012704381901) q[1];
ry(pi*-0.17666572674) q[2];
ry(pi*-0.171055333465) q[3];
ry(pi*0.009685039267) q[4];
ry(pi*-0.504162862431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002435660577) q[0];
ry(pi*0.024079414518) q[1];
ry(pi*-0.153043365714) q[2];
ry(pi*-0.009653432448) q[3];
ry(pi*0.077591916581) q[4];
ry(pi*0.096443390473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002719249794) q[0];
ry(pi*-0.00090189098) q[1];
ry(pi*0.002065944868) q[2];
ry(pi*-0.095847171876) q[3];
ry(pi*0.074934531878) q[4];
ry(pi*-0.141711617048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.510512661629) q[0];
ry(pi*-0.298166785575) q[1];
ry(pi*0.00774763595) q[2];
ry(pi*-0.352003171414) q[3];
ry(pi*-0.266905313308) q[4];
ry(pi*-0.003388600625) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
