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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.195913427494) q[0];
rx(pi*0.348016276159) q[1];
rx(pi*-0.223882786527) q[2];
rx(pi*-0.018114673163) q[3];
rx(pi*-0.201862332534) q[4];
rx(pi*0.006971351156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168200124664) q[0];
rx(pi*-0.043714050232) q[1];
rx(pi*-0.32405707297) q[2];
rx(pi*0.009625847259) q[3];
rx(pi*-0.195148313498) q[4];
rx(pi*-0.002525774607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.327053628741) q[0];
rx(pi*0.29016810282) q[1];
rx(pi*-0.018444598574) q[2];
rx(pi*-0.002414602754) q[3];
rx(pi*-0.207714040187) q[4];
rx(pi*0.000364108817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.164288589163) q[0];
rx(pi*0.04915028317) q[1];
rx(pi*-0.249545913214) q[2];
rx(pi*0.020489958011) q[3];
rx(pi*-0.195983531797) q[4];
rx(pi*5.4340756e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134897810846) q[0];
rx(pi*0.356441959574) q[1];
rx(pi*-0.212102986938) q[2];
rx(pi*-0.010706514809) q[3];
rx(pi*-0.205259630681) q[4];
rx(pi*-0.000620218752) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
