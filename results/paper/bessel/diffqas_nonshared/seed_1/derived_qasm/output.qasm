// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.146127059242) q[0];
ry(pi*-0.142010959575) q[1];
ry(pi*-0.113863854355) q[2];
ry(pi*-0.219015859343) q[3];
ry(pi*0.138455865085) q[4];
ry(pi*-0.181511309583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.105421636191) q[0];
ry(pi*-0.023401570418) q[1];
ry(pi*-0.117041571408) q[2];
ry(pi*-0.131918615139) q[3];
ry(pi*0.233493678517) q[4];
ry(pi*0.163521141519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.191950722492) q[0];
ry(pi*0.272718582174) q[1];
ry(pi*0.21397168875) q[2];
ry(pi*0.241068434198) q[3];
ry(pi*-0.216318314076) q[4];
ry(pi*0.273382912935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124566466707) q[0];
ry(pi*0.142316534649) q[1];
ry(pi*-0.123313212372) q[2];
ry(pi*0.20171481942) q[3];
ry(pi*0.141601300007) q[4];
ry(pi*-0.080675690073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.229549794481) q[0];
ry(pi*0.26716032601) q[1];
ry(pi*0.200265889652) q[2];
ry(pi*0.184139281784) q[3];
ry(pi*0.131905116029) q[4];
ry(pi*-0.000578732652) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
