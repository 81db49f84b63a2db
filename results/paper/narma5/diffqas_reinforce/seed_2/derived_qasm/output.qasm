// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.024237514425) q[0];
ry(pi*0.069154451091) q[1];
ry(pi*0.040521131266) q[2];
ry(pi*0.02676316897) q[3];
ry(pi*-0.001799473516) q[4];
ry(pi*0.000450628771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025891935652) q[0];
ry(pi*0.020581596382) q[1];
ry(pi*-0.074117930588) q[2];
ry(pi*0.018773906184) q[3];
ry(pi*0.003219758882) q[4];
ry(pi*-0.000326614777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.041615484096) q[0];
ry(pi*0.08661010942) q[1];
ry(pi*0.020250846843) q[2];
ry(pi*-0.060008040423) q[3];
ry(pi*-0.011509210261) q[4];
ry(pi*-0.00208567534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066739059041) q[0];
ry(pi*0.015852802659) q[1];
ry(pi*-0.003805824687) q[2];
ry(pi*0.002166930134) q[3];
ry(pi*0.028781290656) q[4];
ry(pi*-0.009679621362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.083084232961) q[0];
ry(pi*0.069946060529) q[1];
ry(pi*0.054021393845) q[2];
ry(pi*0.035685542318) q[3];
ry(pi*0.090853155742) q[4];
ry(pi*0.000145809225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
