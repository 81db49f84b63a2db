// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.053843770981) q[0];
ry(pi*-0.082528331454) q[1];
ry(pi*-0.039673419412) q[2];
ry(pi*-0.007390828528) q[3];
ry(pi*-0.056622083235) q[4];
ry(pi*0.030031867462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044285144167) q[0];
ry(pi*-0.387471964319) q[1];
ry(pi*0.021541465633) q[2];
ry(pi*0.334808246069) q[3];
ry(pi*-0.177177440718) q[4];
ry(pi*0.022695501985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037873669309) q[0];
ry(pi*0.58287350708) q[1];
ry(pi*0.07061653846) q[2];
ry(pi*-0.005275073676) q[3];
ry(pi*0.271196095063) q[4];
ry(pi*0.017909178147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153769168177) q[0];
ry(pi*-0.020786490199) q[1];
ry(pi*-0.026076483569) q[2];
ry(pi*0.023893789898) q[3];
ry(pi*0.256399457836) q[4];
ry(pi*0.443291343801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026068564819) q[0];
ry(pi*-0.088415603523) q[1];
ry(pi*0.426614715978) q[2];
ry(pi*0.126652624666) q[3];
ry(pi*-0.320985423064) q[4];
ry(pi*-0.000679614272) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
