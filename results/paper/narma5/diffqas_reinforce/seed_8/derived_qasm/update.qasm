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
ry(pi*-0.002017829683) q[0];
ry(pi*-0.013758357167) q[1];
ry(pi*-0.033691655945) q[2];
ry(pi*0.013087910066) q[3];
ry(pi*0.002961657477) q[4];
ry(pi*-0.00058405977) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020700961052) q[0];
ry(pi*0.340414123831) q[1];
ry(pi*-0.088281200578) q[2];
ry(pi*-0.341406891827) q[3];
ry(pi*-0.0068369909) q[4];
ry(pi*-0.014902569192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003233896247) q[0];
ry(pi*0.220516148339) q[1];
ry(pi*0.293966579718) q[2];
ry(pi*-0.28377720865) q[3];
ry(pi*0.008893448208) q[4];
ry(pi*0.002675616032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00140143105) q[0];
ry(pi*-0.010161760976) q[1];
ry(pi*-0.011510373528) q[2];
ry(pi*-0.020182065889) q[3];
ry(pi*-0.501263978365) q[4];
ry(pi*0.054045659989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00904882434) q[0];
ry(pi*0.010894834745) q[1];
ry(pi*0.010081040236) q[2];
ry(pi*-0.043270813644) q[3];
ry(pi*0.005048237876) q[4];
ry(pi*-0.003370832054) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
