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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.311459870492) q[0];
rx(pi*-8.386565e-06) q[1];
rx(pi*0.01494162815) q[2];
rx(pi*-0.001275999251) q[3];
rx(pi*-0.00150939473) q[4];
rx(pi*-0.005238213184) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005016935214) q[0];
rx(pi*-0.00586167131) q[1];
rx(pi*0.031783476589) q[2];
rx(pi*-0.001802163644) q[3];
rx(pi*-0.002057816528) q[4];
rx(pi*0.00534930633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.375678694079) q[0];
rx(pi*0.012775541563) q[1];
rx(pi*0.014449223686) q[2];
rx(pi*-0.001307095139) q[3];
rx(pi*-0.002813131693) q[4];
rx(pi*0.00490220523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006302036492) q[0];
rx(pi*-0.006058217711) q[1];
rx(pi*0.033603636626) q[2];
rx(pi*-0.000536645058) q[3];
rx(pi*-0.004986667159) q[4];
rx(pi*-0.003936784671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.30787514057) q[0];
rx(pi*-0.000847159569) q[1];
rx(pi*0.018208089044) q[2];
rx(pi*0.002421307693) q[3];
rx(pi*0.001844680386) q[4];
rx(pi*0.002423994412) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
