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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000104780177) q[0];
ry(pi*0.388535880119) q[1];
ry(pi*-0.016271411435) q[2];
ry(pi*-0.063834307653) q[3];
ry(pi*-0.000648552772) q[4];
ry(pi*-0.02412677524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.341821218691) q[0];
ry(pi*0.217535302004) q[1];
ry(pi*0.024206809404) q[2];
ry(pi*0.026789384564) q[3];
ry(pi*0.000228512442) q[4];
ry(pi*-0.001046901321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072382849095) q[0];
ry(pi*-0.055512770393) q[1];
ry(pi*0.005852556091) q[2];
ry(pi*0.00801671398) q[3];
ry(pi*0.109644514482) q[4];
ry(pi*0.012591234363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148329577062) q[0];
ry(pi*0.300481688467) q[1];
ry(pi*0.423467554536) q[2];
ry(pi*0.332369489081) q[3];
ry(pi*-0.184338552553) q[4];
ry(pi*0.018982543561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.285800633219) q[0];
ry(pi*0.014475342045) q[1];
ry(pi*-0.03909893647) q[2];
ry(pi*-0.228243786421) q[3];
ry(pi*-0.33744325716) q[4];
ry(pi*-0.002106249951) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
