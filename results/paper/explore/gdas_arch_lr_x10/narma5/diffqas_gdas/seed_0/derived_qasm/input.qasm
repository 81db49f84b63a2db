// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.000109703929) q[0];
rz(pi*-0.003839650132) q[1];
rz(pi*-0.002864511969) q[2];
rz(pi*-0.000292260652) q[3];
rz(pi*0.003380093423) q[4];
rz(pi*0.006551498479) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003454277163) q[0];
rz(pi*0.000551727874) q[1];
rz(pi*-0.000225714592) q[2];
rz(pi*0.001678242994) q[3];
rz(pi*0.001853868087) q[4];
rz(pi*0.001153622286) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003078618241) q[0];
rz(pi*0.001256290716) q[1];
rz(pi*0.002840364108) q[2];
rz(pi*-0.001634173896) q[3];
rz(pi*0.006296694478) q[4];
rz(pi*-0.000747751783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002017639363) q[0];
rz(pi*0.000943403871) q[1];
rz(pi*-0.000819932638) q[2];
rz(pi*-0.004351846136) q[3];
rz(pi*-8.325968e-05) q[4];
rz(pi*0.005079278477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006374258628) q[0];
rz(pi*-0.001804949081) q[1];
rz(pi*0.002881578548) q[2];
rz(pi*0.000421854228) q[3];
rz(pi*0.000903639141) q[4];
rz(pi*0.004034167931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
