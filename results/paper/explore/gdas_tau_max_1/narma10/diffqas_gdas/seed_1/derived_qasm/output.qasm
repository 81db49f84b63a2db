// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-8.7756703e-05) q[0];
rz(pi*-0.001596910531) q[1];
rz(pi*0.001850443951) q[2];
rz(pi*0.000599782879) q[3];
rz(pi*-0.001409262645) q[4];
rz(pi*6.9530687e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000327495676) q[0];
rz(pi*-0.001149643419) q[1];
rz(pi*0.002806492713) q[2];
rz(pi*0.005471413155) q[3];
rz(pi*-0.001685593452) q[4];
rz(pi*-0.000434272002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00304744572) q[0];
rz(pi*-0.004291360424) q[1];
rz(pi*0.003555861404) q[2];
rz(pi*-0.002188262321) q[3];
rz(pi*0.001028835412) q[4];
rz(pi*-0.004363364966) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002083777176) q[0];
rz(pi*0.001454941462) q[1];
rz(pi*0.001459551543) q[2];
rz(pi*0.000694216099) q[3];
rz(pi*0.001248215589) q[4];
rz(pi*0.000640068396) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003140426117) q[0];
rz(pi*0.005354338851) q[1];
rz(pi*0.00174266318) q[2];
rz(pi*-0.0004070072) q[3];
rz(pi*-0.00332185776) q[4];
rz(pi*-0.001599185482) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
