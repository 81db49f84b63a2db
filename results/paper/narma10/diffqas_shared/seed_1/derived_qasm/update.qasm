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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.010050813091) q[0];
rz(pi*0.046409427863) q[1];
rz(pi*-0.049297734622) q[2];
rz(pi*0.001037383672) q[3];
rz(pi*-0.018992051279) q[4];
rz(pi*0.000459832407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003411876926) q[0];
rz(pi*-0.005567246282) q[1];
rz(pi*0.040431442344) q[2];
rz(pi*-0.088164688934) q[3];
rz(pi*0.001871558248) q[4];
rz(pi*-0.003295783572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011505690816) q[0];
rz(pi*0.012954044288) q[1];
rz(pi*0.005553744208) q[2];
rz(pi*-0.034807675654) q[3];
rz(pi*-0.018175304136) q[4];
rz(pi*-0.004713531926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011181914948) q[0];
rz(pi*0.046553051563) q[1];
rz(pi*-0.024172454502) q[2];
rz(pi*-0.017111595851) q[3];
rz(pi*-0.007872852528) q[4];
rz(pi*0.001259561885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.018991327943) q[0];
rz(pi*0.017213473577) q[1];
rz(pi*-0.040847196908) q[2];
rz(pi*0.008639535333) q[3];
rz(pi*0.01685789464) q[4];
rz(pi*0.001490904453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
