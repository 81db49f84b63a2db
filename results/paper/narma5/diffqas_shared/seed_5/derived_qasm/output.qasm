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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159075029879) q[0];
rx(pi*0.004258913468) q[1];
rx(pi*-0.001645381751) q[2];
rx(pi*-0.004008541974) q[3];
rx(pi*-0.005846598648) q[4];
rx(pi*-0.0006517751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.157946872355) q[0];
rx(pi*0.000841314554) q[1];
rx(pi*-0.001477728473) q[2];
rx(pi*-0.001523540544) q[3];
rx(pi*-0.002296003071) q[4];
rx(pi*-0.001654438718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159756379194) q[0];
rx(pi*-0.001213189377) q[1];
rx(pi*0.000319752386) q[2];
rx(pi*0.006051682785) q[3];
rx(pi*0.001525085044) q[4];
rx(pi*-0.005016845093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.164586840757) q[0];
rx(pi*0.001104644212) q[1];
rx(pi*-0.002996592827) q[2];
rx(pi*0.002887226795) q[3];
rx(pi*5.6206844e-05) q[4];
rx(pi*-0.001958309951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.157230698562) q[0];
rx(pi*-0.003164672399) q[1];
rx(pi*0.000153168474) q[2];
rx(pi*0.003402149835) q[3];
rx(pi*-0.001034674201) q[4];
rx(pi*0.001339524457) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
