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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00433938193) q[0];
rz(pi*0.002576353877) q[1];
rz(pi*-0.001137447574) q[2];
rz(pi*-0.000501675727) q[3];
rz(pi*0.004337082374) q[4];
rz(pi*0.001966932175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0001270133) q[0];
rz(pi*-0.000650652818) q[1];
rz(pi*0.000184666737) q[2];
rz(pi*0.001738085857) q[3];
rz(pi*0.00556184735) q[4];
rz(pi*-0.002586145297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00020476727) q[0];
rz(pi*0.002698910416) q[1];
rz(pi*0.002243741748) q[2];
rz(pi*-0.002049136051) q[3];
rz(pi*0.00159021567) q[4];
rz(pi*-0.007170996637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001748735794) q[0];
rz(pi*-0.000284987772) q[1];
rz(pi*-0.003188024294) q[2];
rz(pi*-0.000958018223) q[3];
rz(pi*-0.003918344642) q[4];
rz(pi*0.001609453592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000142607889) q[0];
rz(pi*-0.000544630547) q[1];
rz(pi*0.003829310577) q[2];
rz(pi*-0.003484214676) q[3];
rz(pi*-0.001445465315) q[4];
rz(pi*0.001928772199) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
