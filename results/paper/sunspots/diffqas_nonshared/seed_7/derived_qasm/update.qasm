// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*0.027179234212) q[0];
ry(pi*0.219680076267) q[1];
ry(pi*-0.427406752304) q[2];
ry(pi*-0.275258558772) q[3];
ry(pi*0.190674084246) q[4];
ry(pi*-0.173506138148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.399170294929) q[0];
ry(pi*0.110449831731) q[1];
ry(pi*0.099771333741) q[2];
ry(pi*-0.108339474032) q[3];
ry(pi*0.149710204939) q[4];
ry(pi*-0.168840777436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038290989124) q[0];
ry(pi*0.017117535507) q[1];
ry(pi*0.024963345347) q[2];
ry(pi*-0.03406432577) q[3];
ry(pi*0.021017248614) q[4];
ry(pi*-0.147367573377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033152078116) q[0];
ry(pi*-0.063707242418) q[1];
ry(pi*0.037835306414) q[2];
ry(pi*0.008334609483) q[3];
ry(pi*0.012553587688) q[4];
ry(pi*0.006482481552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027925728828) q[0];
ry(pi*0.308109036604) q[1];
ry(pi*-0.061591818996) q[2];
ry(pi*-0.140031286162) q[3];
ry(pi*-0.182403313316) q[4];
ry(pi*0.002604939879) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
