// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013068229398) q[0];
ry(pi*-0.007969994182) q[1];
ry(pi*0.007222012577) q[2];
ry(pi*-0.004610565639) q[3];
ry(pi*0.002100214394) q[4];
ry(pi*-0.003277752347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.114254370421) q[0];
ry(pi*0.009728754849) q[1];
ry(pi*0.008400916864) q[2];
ry(pi*0.499574834638) q[3];
ry(pi*0.095589787581) q[4];
ry(pi*-0.002973661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049569822797) q[0];
ry(pi*-0.004119869018) q[1];
ry(pi*0.044578918193) q[2];
ry(pi*-0.043800262398) q[3];
ry(pi*0.004499469825) q[4];
ry(pi*0.009510575959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014014084904) q[0];
ry(pi*0.033677692003) q[1];
ry(pi*0.022939833029) q[2];
ry(pi*-0.026963523557) q[3];
ry(pi*0.417312188056) q[4];
ry(pi*-0.020977555255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001613140382) q[0];
ry(pi*0.053133099284) q[1];
ry(pi*-0.000880229735) q[2];
ry(pi*-0.011954074948) q[3];
ry(pi*-0.04575283324) q[4];
ry(pi*0.000158108281) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
