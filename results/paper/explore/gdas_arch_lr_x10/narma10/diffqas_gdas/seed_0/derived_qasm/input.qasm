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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000516481844) q[0];
ry(pi*-0.004321854076) q[1];
ry(pi*-0.010513497932) q[2];
ry(pi*-0.002140773089) q[3];
ry(pi*-0.001884078927) q[4];
ry(pi*0.01416861319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00198463701) q[0];
ry(pi*-0.00594276617) q[1];
ry(pi*-0.001223783655) q[2];
ry(pi*-0.000663849105) q[3];
ry(pi*-0.003647289297) q[4];
ry(pi*0.001176657721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001329257236) q[0];
ry(pi*-0.02499731368) q[1];
ry(pi*-0.003082879105) q[2];
ry(pi*-0.007320762171) q[3];
ry(pi*0.001175120929) q[4];
ry(pi*-0.000801597034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003469468108) q[0];
ry(pi*0.011514423023) q[1];
ry(pi*0.006115310859) q[2];
ry(pi*0.014712330637) q[3];
ry(pi*0.003344724071) q[4];
ry(pi*-0.002332144969) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.226727541343) q[0];
ry(pi*-0.131211462887) q[1];
ry(pi*0.055557394296) q[2];
ry(pi*0.053322836248) q[3];
ry(pi*-0.028586388362) q[4];
ry(pi*-0.002609883169) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
