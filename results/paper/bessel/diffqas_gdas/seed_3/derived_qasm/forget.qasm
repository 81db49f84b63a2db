// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.193364875215) q[0];
rx(pi*-0.07028458178) q[1];
rx(pi*0.087535704403) q[2];
rx(pi*-0.00840315387) q[3];
rx(pi*-0.051764134904) q[4];
rx(pi*-0.002833307135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159541987145) q[0];
rx(pi*-0.174803285935) q[1];
rx(pi*0.109083167796) q[2];
rx(pi*-0.029043494029) q[3];
rx(pi*-0.04504377897) q[4];
rx(pi*0.000567163649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159847789892) q[0];
rx(pi*-0.036733404801) q[1];
rx(pi*0.059997890003) q[2];
rx(pi*-0.00389478464) q[3];
rx(pi*-0.045682520237) q[4];
rx(pi*0.005532143735) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.340635725524) q[0];
rx(pi*-0.175162174431) q[1];
rx(pi*0.117343247582) q[2];
rx(pi*-0.022723067015) q[3];
rx(pi*-0.044155640935) q[4];
rx(pi*-0.000856046003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.033889100588) q[0];
rx(pi*-0.042980886343) q[1];
rx(pi*0.09391190418) q[2];
rx(pi*-0.005518441854) q[3];
rx(pi*-0.043840859335) q[4];
rx(pi*-0.006077613195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
