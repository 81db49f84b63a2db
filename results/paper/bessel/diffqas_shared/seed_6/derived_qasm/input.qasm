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
ry(pi*0.007558443268) q[0];
ry(pi*-0.158986977357) q[1];
ry(pi*-0.04968125923) q[2];
ry(pi*0.17299387396) q[3];
ry(pi*-0.247899287414) q[4];
ry(pi*-0.032930810817) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.08169760021) q[0];
ry(pi*0.007360693876) q[1];
ry(pi*0.14017271851) q[2];
ry(pi*-0.492817994111) q[3];
ry(pi*-0.380711405133) q[4];
ry(pi*0.389266520632) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.399010202884) q[0];
ry(pi*0.459148690433) q[1];
ry(pi*-0.548722181775) q[2];
ry(pi*-0.445779050479) q[3];
ry(pi*-0.373475502726) q[4];
ry(pi*0.342500822513) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.115398322757) q[0];
ry(pi*-0.20250791822) q[1];
ry(pi*-0.4694465287) q[2];
ry(pi*-0.385639424565) q[3];
ry(pi*-0.084712218036) q[4];
ry(pi*-0.460877411312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026147152311) q[0];
ry(pi*-0.241222056536) q[1];
ry(pi*-0.242080155969) q[2];
ry(pi*0.10494145492) q[3];
ry(pi*-0.375979374185) q[4];
ry(pi*-0.003272445906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
