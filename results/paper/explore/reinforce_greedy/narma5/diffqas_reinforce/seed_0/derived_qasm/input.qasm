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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003887553059) q[0];
ry(pi*-0.00443508462) q[1];
ry(pi*-0.003817138077) q[2];
ry(pi*0.000599118722) q[3];
ry(pi*0.001493027622) q[4];
ry(pi*0.000790288757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000613040716) q[0];
ry(pi*0.002214103796) q[1];
ry(pi*-0.007015864187) q[2];
ry(pi*0.004113834499) q[3];
ry(pi*-0.007052443051) q[4];
ry(pi*0.0016564439) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001335710934) q[0];
ry(pi*-0.00045631437) q[1];
ry(pi*0.001791829277) q[2];
ry(pi*0.001436963746) q[3];
ry(pi*-0.004070948085) q[4];
ry(pi*0.000126198704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001335218977) q[0];
ry(pi*0.000611649962) q[1];
ry(pi*0.012882930872) q[2];
ry(pi*-0.008487781218) q[3];
ry(pi*0.002607944688) q[4];
ry(pi*0.001147109297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.08676744093) q[0];
ry(pi*-0.083047274049) q[1];
ry(pi*0.009425841889) q[2];
ry(pi*0.017132353223) q[3];
ry(pi*0.005828106148) q[4];
ry(pi*-0.002609882279) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
