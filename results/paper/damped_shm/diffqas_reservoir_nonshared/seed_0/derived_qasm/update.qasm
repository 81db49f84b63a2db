// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.562544815053) q[0];
ry(pi*1.559390016449) q[1];
ry(pi*0.581902178289) q[2];
ry(pi*0.843173116769) q[3];
ry(pi*0.358687801664) q[4];
ry(pi*1.762790773202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.867164259947) q[0];
ry(pi*1.283526568535) q[1];
ry(pi*1.77654980983) q[2];
ry(pi*0.739181209926) q[3];
ry(pi*1.993678336123) q[4];
ry(pi*1.671195963267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.449841523043) q[0];
ry(pi*0.136790294996) q[1];
ry(pi*1.802158162194) q[2];
ry(pi*1.667259345793) q[3];
ry(pi*0.686522045136) q[4];
ry(pi*0.959085069751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.152589679884) q[0];
ry(pi*0.598030341922) q[1];
ry(pi*0.791889172623) q[2];
ry(pi*0.757136411216) q[3];
ry(pi*1.542469664709) q[4];
ry(pi*1.78934153989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.841385125026) q[0];
ry(pi*0.326566863926) q[1];
ry(pi*1.811845040039) q[2];
ry(pi*0.287201789609) q[3];
ry(pi*1.216512850512) q[4];
ry(pi*1.035399532258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
