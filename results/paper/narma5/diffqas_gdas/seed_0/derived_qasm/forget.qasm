// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.009240088017) q[0];
rx(pi*-0.003300085346) q[1];
rx(pi*0.001964462753) q[2];
rx(pi*-0.000712906182) q[3];
rx(pi*-0.001526545649) q[4];
rx(pi*0.001654708931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008505120531) q[0];
rx(pi*0.004462883253) q[1];
rx(pi*0.000995941114) q[2];
rx(pi*-0.001586068346) q[3];
rx(pi*-0.006327034273) q[4];
rx(pi*-0.004162707704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013052412056) q[0];
rx(pi*-0.000293743083) q[1];
rx(pi*-0.000895930351) q[2];
rx(pi*0.005137167887) q[3];
rx(pi*-0.004218751718) q[4];
rx(pi*-0.001864206604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008380029648) q[0];
rx(pi*0.002008590252) q[1];
rx(pi*-0.002213718116) q[2];
rx(pi*-0.002046984868) q[3];
rx(pi*-0.005247595801) q[4];
rx(pi*0.00232159123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01224210616) q[0];
rx(pi*-0.001501563135) q[1];
rx(pi*0.000532756534) q[2];
rx(pi*-0.004189862745) q[3];
rx(pi*-0.001637779756) q[4];
rx(pi*0.0043861542) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
