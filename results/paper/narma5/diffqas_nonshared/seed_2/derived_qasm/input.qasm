// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.056736569538) q[0];
ry(pi*0.065928173291) q[1];
ry(pi*0.077810264448) q[2];
ry(pi*0.098614214318) q[3];
ry(pi*0.084774145085) q[4];
ry(pi*0.002302501978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.059011966426) q[0];
ry(pi*-0.036212109586) q[1];
ry(pi*0.010870821175) q[2];
ry(pi*-0.017034224986) q[3];
ry(pi*0.00080815071) q[4];
ry(pi*-0.003199817932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.051970107796) q[0];
ry(pi*0.061837425958) q[1];
ry(pi*-0.04899164254) q[2];
ry(pi*0.012264012569) q[3];
ry(pi*0.02248086329) q[4];
ry(pi*-0.00397452028) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071794271773) q[0];
ry(pi*-0.044319992362) q[1];
ry(pi*-0.029497630461) q[2];
ry(pi*0.012054337619) q[3];
ry(pi*-0.024933325717) q[4];
ry(pi*0.004541916012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079199581844) q[0];
ry(pi*0.072848032409) q[1];
ry(pi*0.07661670312) q[2];
ry(pi*0.100141956881) q[3];
ry(pi*0.012986241041) q[4];
ry(pi*0.000514982441) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
