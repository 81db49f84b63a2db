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
ry(pi*-0.012416712357) q[0];
ry(pi*0.004509256798) q[1];
ry(pi*0.013614917265) q[2];
ry(pi*0.069998159694) q[3];
ry(pi*0.166415680825) q[4];
ry(pi*-0.019755908331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007868583067) q[0];
ry(pi*-0.005211940672) q[1];
ry(pi*-0.221708395805) q[2];
ry(pi*-0.450835249794) q[3];
ry(pi*0.059296462777) q[4];
ry(pi*-0.004895520894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.132216335496) q[0];
ry(pi*-0.029416794698) q[1];
ry(pi*0.096297689257) q[2];
ry(pi*-0.011595522033) q[3];
ry(pi*0.101542648439) q[4];
ry(pi*-0.022362252786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007809633554) q[0];
ry(pi*-0.110519423769) q[1];
ry(pi*-0.024851795077) q[2];
ry(pi*-0.089317748189) q[3];
ry(pi*-0.304696142858) q[4];
ry(pi*-0.005547018962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003693444359) q[0];
ry(pi*0.019540507169) q[1];
ry(pi*-0.016758084944) q[2];
ry(pi*0.006019208556) q[3];
ry(pi*-0.005659490003) q[4];
ry(pi*-0.005089921595) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
