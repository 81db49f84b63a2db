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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010355887759) q[0];
ry(pi*-0.005795389423) q[1];
ry(pi*-0.005723579352) q[2];
ry(pi*-0.03080810186) q[3];
ry(pi*-0.004510317494) q[4];
ry(pi*-0.01064420712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003638423984) q[0];
ry(pi*-0.020337042407) q[1];
ry(pi*-0.000199438596) q[2];
ry(pi*0.064733269641) q[3];
ry(pi*-0.003796753639) q[4];
ry(pi*0.005141978665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00163965954) q[0];
ry(pi*-0.006519499161) q[1];
ry(pi*-0.003084544556) q[2];
ry(pi*-0.000256418186) q[3];
ry(pi*-0.00140397073) q[4];
ry(pi*-0.052512495964) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007953953317) q[0];
ry(pi*0.010129546437) q[1];
ry(pi*0.000581601095) q[2];
ry(pi*-0.010977552368) q[3];
ry(pi*-0.008230841596) q[4];
ry(pi*-0.002414843026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058988302666) q[0];
ry(pi*0.01881289518) q[1];
ry(pi*0.055720721194) q[2];
ry(pi*-0.16833612132) q[3];
ry(pi*-0.317678302386) q[4];
ry(pi*0.002989609077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
