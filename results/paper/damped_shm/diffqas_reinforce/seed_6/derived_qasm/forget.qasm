// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003080688642) q[0];
rz(pi*0.000304851924) q[1];
rz(pi*0.001828605429) q[2];
rz(pi*0.004608740994) q[3];
rz(pi*-0.003966132547) q[4];
rz(pi*0.00236859977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005998999615) q[0];
rz(pi*0.00137400535) q[1];
rz(pi*0.000646081645) q[2];
rz(pi*-0.001729407752) q[3];
rz(pi*-0.003429290943) q[4];
rz(pi*-0.000196802867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001305613931) q[0];
rz(pi*0.000310797045) q[1];
rz(pi*-0.002889574376) q[2];
rz(pi*0.001736532018) q[3];
rz(pi*-0.003297257814) q[4];
rz(pi*-0.000968396167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001247602828) q[0];
rz(pi*0.00403581441) q[1];
rz(pi*-0.004760925553) q[2];
rz(pi*-0.001317881888) q[3];
rz(pi*0.00376383355) q[4];
rz(pi*-0.002095573482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003945248295) q[0];
rz(pi*0.000900377088) q[1];
rz(pi*-0.000923133491) q[2];
rz(pi*0.002657087069) q[3];
rz(pi*-0.002929614284) q[4];
rz(pi*0.000607738093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
