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
ry(pi*-0.027587945143) q[0];
ry(pi*-0.124679439933) q[1];
ry(pi*0.021750006961) q[2];
ry(pi*-0.006901707535) q[3];
ry(pi*-0.107540303953) q[4];
ry(pi*-0.047151883655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056490687471) q[0];
ry(pi*0.170233244307) q[1];
ry(pi*0.11266459646) q[2];
ry(pi*0.420466445306) q[3];
ry(pi*0.060620366882) q[4];
ry(pi*0.075149108911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054503870819) q[0];
ry(pi*-0.023372221949) q[1];
ry(pi*0.084906470514) q[2];
ry(pi*0.085463149904) q[3];
ry(pi*0.081824281246) q[4];
ry(pi*-0.066927444196) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.185874510316) q[0];
ry(pi*-0.025246034545) q[1];
ry(pi*0.077397161326) q[2];
ry(pi*-0.036640326873) q[3];
ry(pi*0.097536514817) q[4];
ry(pi*-0.016755375398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042988565563) q[0];
ry(pi*-0.032354091463) q[1];
ry(pi*0.119786785703) q[2];
ry(pi*-0.011607868549) q[3];
ry(pi*0.023112036802) q[4];
ry(pi*-0.004144605331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
