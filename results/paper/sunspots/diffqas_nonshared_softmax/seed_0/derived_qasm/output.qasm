// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.07167493319) q[0];
ry(pi*0.667387953195) q[1];
ry(pi*-0.063026761106) q[2];
ry(pi*0.461292762705) q[3];
ry(pi*-0.017735806365) q[4];
ry(pi*0.006749443527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033665407149) q[0];
ry(pi*-0.089190355675) q[1];
ry(pi*-0.079402381544) q[2];
ry(pi*0.042771635909) q[3];
ry(pi*-0.017015187019) q[4];
ry(pi*-0.002143600917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098626546604) q[0];
ry(pi*0.106415931493) q[1];
ry(pi*-0.288707960157) q[2];
ry(pi*-0.532417040352) q[3];
ry(pi*0.017190277021) q[4];
ry(pi*0.002387338174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026250783831) q[0];
ry(pi*0.503794715235) q[1];
ry(pi*0.26082839914) q[2];
ry(pi*0.061931886525) q[3];
ry(pi*0.047456766224) q[4];
ry(pi*-0.003727111797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.207614547098) q[0];
ry(pi*-0.606639491807) q[1];
ry(pi*-0.340844881094) q[2];
ry(pi*-0.35019514445) q[3];
ry(pi*0.053889296089) q[4];
ry(pi*-0.001743123862) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
