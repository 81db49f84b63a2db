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
rx(pi*0.007481805818) q[0];
rx(pi*-0.003695865163) q[1];
rx(pi*-0.001201953952) q[2];
rx(pi*0.00650234424) q[3];
rx(pi*0.002058519705) q[4];
rx(pi*0.00211059634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000938272706) q[0];
rx(pi*-0.005402187528) q[1];
rx(pi*0.000533056726) q[2];
rx(pi*0.000347002551) q[3];
rx(pi*-0.003906782828) q[4];
rx(pi*-0.002174778033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000511062272) q[0];
rx(pi*-0.00316342998) q[1];
rx(pi*-0.000312803061) q[2];
rx(pi*0.000303932023) q[3];
rx(pi*0.00011327453) q[4];
rx(pi*-0.001611576465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002587956601) q[0];
rx(pi*0.002680481356) q[1];
rx(pi*0.001021291892) q[2];
rx(pi*-0.002604507656) q[3];
rx(pi*0.002328921529) q[4];
rx(pi*-0.001596133093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003538976845) q[0];
rx(pi*-0.003567798227) q[1];
rx(pi*0.002910839565) q[2];
rx(pi*-6.3864052e-05) q[3];
rx(pi*-0.003974891138) q[4];
rx(pi*-0.000999173077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
