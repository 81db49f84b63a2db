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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.2176335e-05) q[0];
ry(pi*-0.004168227884) q[1];
ry(pi*0.000220989451) q[2];
ry(pi*0.004929547331) q[3];
ry(pi*-0.000295501546) q[4];
ry(pi*-0.001687554315) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001110188627) q[0];
ry(pi*0.005227201283) q[1];
ry(pi*-0.005923595394) q[2];
ry(pi*0.001828216191) q[3];
ry(pi*0.000339012134) q[4];
ry(pi*0.006002421825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003137380991) q[0];
ry(pi*-0.000272416603) q[1];
ry(pi*-0.005418623856) q[2];
ry(pi*0.004782553893) q[3];
ry(pi*0.004632675115) q[4];
ry(pi*-0.001341497474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000877026157) q[0];
ry(pi*-0.003332387338) q[1];
ry(pi*-0.002268287592) q[2];
ry(pi*-0.005138160399) q[3];
ry(pi*0.00294922173) q[4];
ry(pi*0.000864438109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005510229618) q[0];
ry(pi*0.009012167806) q[1];
ry(pi*0.008998826407) q[2];
ry(pi*0.007850732676) q[3];
ry(pi*-0.000399065623) q[4];
ry(pi*-0.003388637385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
