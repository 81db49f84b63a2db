// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.052337837592) q[0];
rx(pi*0.098338388512) q[1];
rx(pi*0.001908843402) q[2];
rx(pi*-0.005661708629) q[3];
rx(pi*0.011878054706) q[4];
rx(pi*-0.000747094703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.189007328361) q[0];
rx(pi*0.097678867343) q[1];
rx(pi*-0.004537767502) q[2];
rx(pi*-0.006793051795) q[3];
rx(pi*-0.000740856894) q[4];
rx(pi*-0.0023003044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02471683718) q[0];
rx(pi*0.095400221373) q[1];
rx(pi*0.008282459921) q[2];
rx(pi*0.004461602889) q[3];
rx(pi*-0.005192498942) q[4];
rx(pi*0.001503173744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.192711776321) q[0];
rx(pi*0.098610666415) q[1];
rx(pi*-0.000997113126) q[2];
rx(pi*0.0016945268) q[3];
rx(pi*0.00229049623) q[4];
rx(pi*-0.003920798056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.04334706986) q[0];
rx(pi*0.097937769458) q[1];
rx(pi*0.006120772639) q[2];
rx(pi*-0.005495716652) q[3];
rx(pi*-0.006778720256) q[4];
rx(pi*0.000252941411) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
