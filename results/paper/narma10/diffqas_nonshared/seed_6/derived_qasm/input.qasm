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
rx(pi*0.037117747609) q[0];
rx(pi*-0.000163413962) q[1];
rx(pi*-0.004091528773) q[2];
rx(pi*0.001972397067) q[3];
rx(pi*-0.002669787248) q[4];
rx(pi*0.004579436103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038462180227) q[0];
rx(pi*0.002610521127) q[1];
rx(pi*-0.001222133322) q[2];
rx(pi*0.000503638258) q[3];
rx(pi*-0.001948379199) q[4];
rx(pi*-0.001340359999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.032966382348) q[0];
rx(pi*0.004778124942) q[1];
rx(pi*-0.003780070368) q[2];
rx(pi*0.005403850015) q[3];
rx(pi*0.002334451344) q[4];
rx(pi*-0.002946825828) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.040885721072) q[0];
rx(pi*0.001656409364) q[1];
rx(pi*-0.00270490699) q[2];
rx(pi*0.000826951665) q[3];
rx(pi*-0.001067444805) q[4];
rx(pi*-0.00243612037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036163413657) q[0];
rx(pi*0.001172290877) q[1];
rx(pi*-0.001177909182) q[2];
rx(pi*-8.1453183e-05) q[3];
rx(pi*0.002522156444) q[4];
rx(pi*-0.000381746617) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
