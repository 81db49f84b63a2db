// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rx(pi*0.284852071725) q[0];
rx(pi*-0.02598001189) q[1];
rx(pi*0.250003270269) q[2];
rx(pi*-0.749981256823) q[3];
rx(pi*-0.249975911567) q[4];
rx(pi*-0.265147032888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.250003934316) q[0];
rx(pi*0.033581791878) q[1];
rx(pi*0.000253052969) q[2];
rx(pi*0.265780665743) q[3];
rx(pi*0.25000175245) q[4];
rx(pi*-0.000153544298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.030185627352) q[0];
rx(pi*0.002448597619) q[1];
rx(pi*0.000343653083) q[2];
rx(pi*0.250055824781) q[3];
rx(pi*0.000158158715) q[4];
rx(pi*0.259539789089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.500004377646) q[0];
rx(pi*-0.249425550102) q[1];
rx(pi*0.250008544693) q[2];
rx(pi*0.249985056432) q[3];
rx(pi*7.2937644e-05) q[4];
rx(pi*-0.148454825656) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.208056308555) q[0];
rx(pi*-0.015832202998) q[1];
rx(pi*0.057164371796) q[2];
rx(pi*-0.038387081348) q[3];
rx(pi*-2.932827e-06) q[4];
rx(pi*-0.000852776021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
