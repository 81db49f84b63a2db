// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.001324051736) q[0];
ry(pi*-0.12563709886) q[1];
ry(pi*0.007352798248) q[2];
ry(pi*-0.070439864233) q[3];
ry(pi*-0.437829203577) q[4];
ry(pi*-0.081031732657) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.097847905039) q[0];
ry(pi*-0.084089295298) q[1];
ry(pi*-0.009885257488) q[2];
ry(pi*-0.01060731224) q[3];
ry(pi*-0.013119830529) q[4];
ry(pi*-0.035891057492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078761743002) q[0];
ry(pi*0.052095204608) q[1];
ry(pi*-0.238296629596) q[2];
ry(pi*-0.019919710734) q[3];
ry(pi*-0.236613860712) q[4];
ry(pi*-0.021627556847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.17848878012) q[0];
ry(pi*-0.048767507985) q[1];
ry(pi*-0.029401611756) q[2];
ry(pi*-0.076273562006) q[3];
ry(pi*0.018110280972) q[4];
ry(pi*-0.501796998739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.040997038926) q[0];
ry(pi*-0.422327444182) q[1];
ry(pi*-0.49331777423) q[2];
ry(pi*-0.575104166899) q[3];
ry(pi*0.032369471246) q[4];
ry(pi*0.002712451325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
