// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*5.1422918e-05) q[0];
ry(pi*-0.018049220741) q[1];
ry(pi*0.000186693245) q[2];
ry(pi*0.76015467181) q[3];
ry(pi*-2.398842e-05) q[4];
ry(pi*-0.002095268584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000153836912) q[0];
ry(pi*-0.000645911261) q[1];
ry(pi*-0.000494172005) q[2];
ry(pi*0.000831327922) q[3];
ry(pi*-0.001042347936) q[4];
ry(pi*9.9589092e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001590768548) q[0];
ry(pi*-0.016627461133) q[1];
ry(pi*-0.000645507127) q[2];
ry(pi*0.025048364601) q[3];
ry(pi*-0.011102276839) q[4];
ry(pi*-0.500983750882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.4143211e-05) q[0];
ry(pi*-0.00150726074) q[1];
ry(pi*-0.000996616129) q[2];
ry(pi*0.000198199643) q[3];
ry(pi*0.00437389069) q[4];
ry(pi*-0.006121947171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.440743114059) q[0];
ry(pi*0.490903074686) q[1];
ry(pi*0.479783261098) q[2];
ry(pi*0.162956398711) q[3];
ry(pi*-0.256255340845) q[4];
ry(pi*-0.001865878578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
