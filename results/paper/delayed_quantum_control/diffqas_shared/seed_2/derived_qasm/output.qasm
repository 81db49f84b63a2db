// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.023730664585) q[0];
ry(pi*0.04752892907) q[1];
ry(pi*-0.226292932612) q[2];
ry(pi*-0.060019855701) q[3];
ry(pi*0.013005213788) q[4];
ry(pi*-0.519230942759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006526284883) q[0];
ry(pi*0.493276337749) q[1];
ry(pi*-0.048588381531) q[2];
ry(pi*0.654830878079) q[3];
ry(pi*0.177709303754) q[4];
ry(pi*0.229150171497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.218056122901) q[0];
ry(pi*-0.018422187016) q[1];
ry(pi*-0.013880727832) q[2];
ry(pi*-0.152287804496) q[3];
ry(pi*-0.009543964437) q[4];
ry(pi*-0.507181236862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036700404078) q[0];
ry(pi*0.489456402674) q[1];
ry(pi*0.022883863424) q[2];
ry(pi*-0.343015932613) q[3];
ry(pi*0.070620181227) q[4];
ry(pi*0.011835218985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00043546773) q[0];
ry(pi*-0.300017994513) q[1];
ry(pi*-0.470070580317) q[2];
ry(pi*-0.50540906839) q[3];
ry(pi*0.473511781403) q[4];
ry(pi*0.000145750167) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
