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
rz(pi*-0.002480158637) q[0];
rz(pi*0.000350044897) q[1];
rz(pi*-0.001512962347) q[2];
rz(pi*-0.006448544642) q[3];
rz(pi*0.003042135426) q[4];
rz(pi*-0.002712339267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-7.101561e-06) q[0];
rz(pi*-0.000850369817) q[1];
rz(pi*-0.00435273667) q[2];
rz(pi*0.001820441811) q[3];
rz(pi*-0.002633707307) q[4];
rz(pi*-0.006029433088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000472539256) q[0];
rz(pi*-0.003757047828) q[1];
rz(pi*-0.001511153711) q[2];
rz(pi*0.00062399129) q[3];
rz(pi*-0.005202845611) q[4];
rz(pi*-0.000393754143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001340914507) q[0];
rz(pi*0.001599325554) q[1];
rz(pi*-0.003068217914) q[2];
rz(pi*0.005621953015) q[3];
rz(pi*0.0010394915) q[4];
rz(pi*0.001296570897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001773417115) q[0];
rz(pi*-0.004866859594) q[1];
rz(pi*-0.002828169967) q[2];
rz(pi*-0.003722291236) q[3];
rz(pi*-0.003933220166) q[4];
rz(pi*0.002878252092) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
